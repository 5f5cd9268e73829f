import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell-page';
import { launchApp, type AppHarness } from './support/app-harness';
import { walkEveryScreen, type Screen } from './support/walk-every-screen';

/**
 * axe-core's WCAG 2.1 A and AA rules over every screen of the walk-through, in the light theme
 * and then the dark one: no serious or critical violation anywhere.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function audit(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).withTags(TAGS).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where}: ${violation.impact} ${violation.id} at ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
      ),
    );
}

describe('every screen passes axe (WCAG 2.1 A/AA), light and dark', () => {
  let app: AppHarness;
  const found: string[] = [];
  let audited = 0;

  beforeAll(async () => {
    app = await launchApp();
    // A colour caught halfway through a button's 120 ms transition is not what anyone reads.
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
  }, 60_000);
  afterAll(() => app?.close());

  const visit = (theme: string) => async (screen: Screen) => {
    audited++;
    found.push(...(await audit(app.page, `${theme} ${screen}`)));
  };

  it('light theme: 0 serious or critical violations', async () => {
    found.length = 0;
    await walkEveryScreen(app, visit('light'));
    expect(found).toEqual([]);
  });

  it('dark theme: 0 serious or critical violations', async () => {
    const shell = new ShellPage(app.page);
    await shell.openSettings('Cài đặt');
    await app.page.getByRole('radio', { name: 'Tối' }).check();
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    found.length = 0;
    await walkEveryScreen(app, visit('dark'), { firstTime: false });
    console.log(`[axe] ${audited} screens audited, ${found.length} serious/critical violations`);
    expect(found).toEqual([]);
  });
});
