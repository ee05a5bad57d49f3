import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Renders the popup app over the static frame in #root. */
export function mount(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}
