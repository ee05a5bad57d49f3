import { createRoot } from 'react-dom/client';
import type { Case } from '../../lib/model';
import { App } from './App';
import { handOverFirstCases } from './first-cases/handover';

/** Renders the popup app over the static frame in #root, starting from the open cases already read, if any. */
export function mount(firstCases?: Case[]): void {
  const root = document.getElementById('root');
  handOverFirstCases(firstCases);
  if (root) createRoot(root).render(<App />);
}
