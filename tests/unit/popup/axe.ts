import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on a rendered view and fails with the rule ids and targets. Colour contrast is
 * left to the real-browser check: happy-dom does not compute styles.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}
