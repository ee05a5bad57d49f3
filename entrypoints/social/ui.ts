const STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; display: flex; gap: 6px; align-items: center; font: 13px/1.3 system-ui, sans-serif; }
button { font: inherit; padding: 5px 10px; border-radius: 999px; border: 1px solid #1f3a5f; background: #1f3a5f; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.status { background: #fff; color: #1f2937; padding: 3px 8px; border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / .25); }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) { .status { background: #1f2937; color: #f3f4f6; } button { background: #93c5fd; color: #0b1220; border-color: #93c5fd; } }
`;

export interface Ui {
  host: HTMLElement;
  box: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
}

/**
 * A button and a status line in a closed shadow root under an element of its own (`tag`): the
 * page can neither style nor reach into it. `onClick` runs for the person's own clicks only.
 */
export function buildUi(tag: string, onClick: () => void): Ui {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const button = document.createElement('button');
  button.type = 'button';
  const status = document.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  box.append(button, status);
  root.append(style, box);
  button.addEventListener('click', (e) => {
    if (e.isTrusted) onClick();
  });
  return { host, box, button, status };
}
