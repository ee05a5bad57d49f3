import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from './harness';

export interface TourShot {
  file: string;
  what: string;
}

/**
 * The first minutes of a new user, as pictures: what `npm start` shows on a machine without a
 * display. Drives the real extension at tool speed and waits for what a person would see.
 */
export async function takeFirstUseTour(h: ExtensionHarness, demoUrl: string, dir: string): Promise<TourShot[]> {
  mkdirSync(dir, { recursive: true });
  const shots: TourShot[] = [];
  const shoot = async (page: Page, name: string, what: string) => {
    const file = join(dir, name);
    await page.screenshot({ path: file });
    shots.push({ file, what });
  };

  if (h.welcomePage) {
    await h.welcomePage.setViewportSize({ width: 1000, height: 900 });
    await h.welcomePage.getByRole('heading', { level: 1 }).waitFor();
    await shoot(h.welcomePage, '1-welcome.png', 'the welcome page a new install opens');
  }

  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(demoUrl);
  // As a person does: into the first field, which is when the contact script reads the page.
  await page.getByLabel('Your name').click();
  await page.getByLabel('Your name').fill('Sam Taylor');
  await page.getByLabel('Email address').fill('sam@example.com');
  await page
    .getByLabel('Your message')
    .fill('My last bill charged me twice for October. Please refund the second charge.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await page.waitForFunction(() => document.querySelector('paper-trail-toast') !== null, undefined, {
    timeout: 15_000,
  });
  await shoot(page, '2-form-sent-and-logged.png', 'a contact form sent on a company page, logged, with Undo');

  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByText('Acme Energy').first().waitFor({ timeout: 15_000 });
  await shoot(popup, '3-popup.png', 'the toolbar popup with the new case');
  return shots;
}
