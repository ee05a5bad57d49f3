import type { ImportProblem } from './problems';

/** A reason a .zip backup is refused; `where` names the entry (or the attachment) it is about. */
export class ZipProblem extends Error {
  constructor(
    message: string,
    readonly where = '',
  ) {
    super(message);
    this.name = 'ZipProblem';
  }

  /** The message already names the entry, so the problem is not prefixed with it again. */
  toProblem(): ImportProblem {
    return { where: '', message: this.message };
  }
}
