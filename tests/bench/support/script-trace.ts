import type { BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';

/**
 * The main-thread time of one extension's own scripts during a page load, read from a Chromium
 * trace: its content scripts' evaluation (compile and run) and every call into its code after
 * that — timers, listeners, observers — in thread (CPU) time. Unlike the difference between
 * loads with and without the extension, it is not blurred by the page's own scripts, which vary
 * by milliseconds from one load to the next on a busy page. It misses promise continuations
 * after an extension API reply (they run from the browser's bindings, not from a call into the
 * script), so it reads a little low on pages where the script talks to the background.
 */

/** The fields read of a trace event (complete events: `ph` 'X', with a duration). */
const TraceEvent = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  args: z.object({ data: z.object({ url: z.string().optional() }).optional() }).optional(),
});
type TraceEvent = z.infer<typeof TraceEvent>;

const CATEGORIES = 'devtools.timeline,toplevel';

/** Whether an event is a call into or an evaluation of a script at `prefix`. */
function isOwn(event: TraceEvent, prefix: string): boolean {
  return (
    (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
    (event.args?.data?.url ?? '').startsWith(prefix)
  );
}

/** A long task: at least 50 ms of wall time (the Long Tasks API's threshold). */
const LONG_TASK_US = 50_000;
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const READ = new Set([...TASKS, 'EvaluateScript', 'FunctionCall']);

export interface ScriptTrace {
  /** Thread ms of the extension's own script. */
  ownMs: number;
  /** Long tasks in which the extension's script ran. */
  longTasks: number;
}

/**
 * Loads `url` in a fresh tab of `context` under a trace: what `extensionId`'s scripts cost it.
 * With `personActs`: after the load has settled, the person uses the page, and the trace runs
 * until that has settled too.
 */
export async function traceExtensionScript(
  context: BrowserContext,
  url: string,
  settleMs: number,
  extensionId: string,
  personActs?: (page: Page) => Promise<void>,
): Promise<ScriptTrace> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => {
    for (const raw of chunk.value) {
      if (!READ.has(raw.name ?? '')) continue;
      const event = TraceEvent.safeParse(raw);
      if (event.success) events.push(event.data);
    }
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  if (personActs) {
    await personActs(page);
    await page.waitForTimeout(settleMs);
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();

  const prefix = `chrome-extension://${extensionId}/`;
  const own = events.filter((e) => e.ph === 'X' && isOwn(e, prefix)).sort((a, b) => a.ts - b.ts);
  // Count only the outermost event: a call into our code from our own evaluation is inside it.
  let ownMs = 0;
  let until = -Infinity;
  let thread = '';
  const outermost: TraceEvent[] = [];
  for (const event of own) {
    const key = `${event.pid}:${event.tid}`;
    if (key === thread && event.ts < until) continue;
    thread = key;
    until = event.ts + (event.dur ?? 0);
    ownMs += (event.tdur ?? event.dur ?? 0) / 1000;
    outermost.push(event);
  }
  const inside = (task: TraceEvent, event: TraceEvent) =>
    task.pid === event.pid && task.tid === event.tid && task.ts <= event.ts && event.ts < task.ts + (task.dur ?? 0);
  const longTasks = events.filter(
    (e) => e.ph === 'X' && TASKS.has(e.name) && (e.dur ?? 0) >= LONG_TASK_US && outermost.some((o) => inside(e, o)),
  ).length;
  return { ownMs, longTasks };
}
