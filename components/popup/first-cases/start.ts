import type { Case } from '../../../lib/model';
import { parseRoute } from '../routes';
import { wantsFirstCases } from './wanted';

export interface PopupStart {
  /** The popup's address hash: which view it opens on. */
  hash: string;
  /** The home's first page of open cases straight from the database (undefined: not readable now). */
  read(): Promise<Case[] | undefined>;
  /** Readies what painting needs (web storage, slow to first touch) while the read is in flight. */
  prepare(): void;
  /** Paints them under the static frame, before the app has loaded. */
  paint(cases: Case[]): void;
  /**
   * Loads and mounts the app. It calls `takeFirstCases` as it mounts, for the rows already read
   * (if any); rows read after that are not painted: the app reads its own.
   */
  loadApp(takeFirstCases: () => Case[] | undefined): void;
  /** Runs `then` once the next frame has painted. */
  afterFrame(then: () => void): void;
  /** How long the app waits for the read before it loads anyway. */
  waitMs: number;
  /** Where the restored search is kept (session storage by default). */
  session?: Storage;
}

/**
 * Starts the popup: reads and paints the home's first open cases, then loads the app. The read
 * starts before anything else runs; the app (hundreds of KB of script to compile) loads only once
 * the read has answered, or after `waitMs`, and after a frame: compiling it while the read was in
 * flight delayed the read's answer by 50–150 ms. Other views load the app after the first frame.
 * Settles when the read has answered or the wait is over; rejects if painting failed (the app
 * loads all the same).
 */
export function startPopup(start: PopupStart): Promise<void> {
  let handedOver = false;
  let firstCases: Case[] | undefined;
  const takeFirstCases = () => {
    handedOver = true;
    return firstCases;
  };
  const reading = parseRoute(start.hash).name === 'home' ? start.read() : Promise.resolve(undefined);
  // After the read has started: the first use of session storage costs milliseconds.
  const paintWanted = wantsFirstCases(start.hash, start.session);
  if (paintWanted) start.prepare();
  const painted = reading.then((cases) => {
    if (!paintWanted || handedOver || !cases) return;
    firstCases = cases;
    start.paint(cases);
  });
  const waited = new Promise<void>((resolve) => setTimeout(resolve, start.waitMs));
  return Promise.race([painted, waited]).finally(() => {
    start.afterFrame(() => start.loadApp(takeFirstCases));
  });
}
