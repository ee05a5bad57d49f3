import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { z } from 'zod';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AxeViolations = z.array(
  z.looseObject({ id: z.string(), nodes: z.array(z.looseObject({ target: z.array(z.unknown()) })) }),
);

/** axe-core in the real page, every rule on (colour contrast included): "rule: targets" per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const raw = await page.evaluate('axe.run(document).then((r) => r.violations)');
  return AxeViolations.parse(raw).map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
