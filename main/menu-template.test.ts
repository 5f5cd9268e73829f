import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/ipc/events';
import type { Language } from '../shared/settings';
import { AppError } from '../shared/errors';
import {
  aboutDialogOptions,
  buildMenuTemplate,
  startupFailureText,
  type MenuItemSpec,
} from './menu-template';

function build(language: Language, isDev = false) {
  const sent: MenuCommand[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate(
    { language, isDev },
    {
      command: (c) => sent.push(c),
      print: () => calls.push('print'),
      about: () => calls.push('about'),
      quit: () => calls.push('quit'),
    },
  );
  return { template, sent, calls };
}

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function byAccelerator(items: MenuItemSpec[], accelerator: string): MenuItemSpec {
  const found = flatten(items).find((item) => item.accelerator === accelerator);
  if (!found) throw new Error(`no menu item for ${accelerator}`);
  return found;
}

describe('the native menu', () => {
  it('reads Tệp / Sửa / Xem / Trợ giúp in Vietnamese and File / Edit / View / Help in English', () => {
    const labels = (language: Language) =>
      build(language).template.map((item) => item.label?.replace('&', ''));
    expect(labels('vi')).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('zoom keys change the reader font size, not the page zoom', () => {
    const { template, sent } = build('vi');
    byAccelerator(template, 'CmdOrCtrl+=').click?.();
    byAccelerator(template, 'CmdOrCtrl+-').click?.();
    byAccelerator(template, 'CmdOrCtrl+0').click?.();
    byAccelerator(template, 'CmdOrCtrl+numadd').click?.();
    expect(sent).toEqual([
      'reader.fontLarger',
      'reader.fontSmaller',
      'reader.fontReset',
      'reader.fontLarger',
    ]);
    const roles = flatten(template).map((item) => item.role);
    expect(roles).not.toContain('zoomIn');
    expect(roles).not.toContain('zoomOut');
    expect(roles).not.toContain('resetZoom');
  });

  it('keeps the keypad twins hidden but working', () => {
    const keypad = byAccelerator(build('vi').template, 'CmdOrCtrl+numsub');
    expect(keypad).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
  });

  it('File menu imports, navigates, prints and quits', () => {
    const { template, sent, calls } = build('vi');
    for (const accelerator of [
      'CmdOrCtrl+O',
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+,',
      'CmdOrCtrl+F',
    ]) {
      byAccelerator(template, accelerator).click?.();
    }
    byAccelerator(template, 'CmdOrCtrl+P').click?.();
    byAccelerator(template, 'CmdOrCtrl+Q').click?.();
    expect(sent).toEqual([
      'import.open',
      'navigate.library',
      'navigate.reports',
      'navigate.settings',
      'find.open',
    ]);
    expect(calls).toEqual(['print', 'quit']);
    expect(byAccelerator(template, 'CmdOrCtrl+O').label).toBe('Nhập tin bài…');
  });

  it('Edit menu uses the standard clipboard roles with Vietnamese labels', () => {
    const edit = build('vi').template[1]?.submenu ?? [];
    expect(
      edit.filter((item) => item.role).map((item) => [item.role, item.label, item.accelerator]),
    ).toEqual([
      ['undo', 'Hoàn tác', 'CmdOrCtrl+Z'],
      ['redo', 'Làm lại', 'CmdOrCtrl+Y'],
      ['cut', 'Cắt', 'CmdOrCtrl+X'],
      ['copy', 'Sao chép', 'CmdOrCtrl+C'],
      ['paste', 'Dán', 'CmdOrCtrl+V'],
      ['pasteAndMatchStyle', 'Dán dạng văn bản', 'CmdOrCtrl+Shift+V'],
      ['selectAll', 'Chọn tất cả', 'CmdOrCtrl+A'],
    ]);
  });

  it('gives every shortcut to exactly one item, in both languages and in development', () => {
    for (const language of ['vi', 'en'] as const) {
      const accelerators = flatten(build(language, true).template).flatMap(
        (item) => item.accelerator ?? [],
      );
      expect(new Set(accelerators).size, language).toBe(accelerators.length);
    }
  });

  it('labels every item that is not a separator', () => {
    for (const language of ['vi', 'en'] as const) {
      for (const item of flatten(build(language, true).template)) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
      }
    }
  });

  it('shows reload and developer tools only when running from source', () => {
    const roles = (isDev: boolean) => flatten(build('vi', isDev).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('Help → About opens the about box with the version in the chosen language', () => {
    const { template, calls, sent } = build('en');
    template[3]?.submenu?.find((item) => item.id === 'about')?.click?.();
    expect(calls).toEqual(['about']);
    const diagnostics = template[3]?.submenu?.find((item) => item.id === 'help.saveDiagnostics');
    expect(diagnostics?.label).toBe('Save diagnostic information…');
    diagnostics?.click?.();
    expect(sent).toEqual(['help.saveDiagnostics']);
    expect(aboutDialogOptions('vi', '0.1.0').detail).toContain('Phiên bản 0.1.0');
    expect(aboutDialogOptions('en', '0.1.0')).toMatchObject({
      title: 'About Kho Tin',
      buttons: ['OK'],
    });
  });
});

describe('when the app cannot start', () => {
  it('explains a known failure in both languages, with the detail, and no raw code', () => {
    const { title, body } = startupFailureText(
      new AppError('archive-in-use', 'D:\\Kho Tin\\.lock'),
    );
    expect(title).toBe('Không mở được Kho Tin');
    expect(body).toContain('Kho dữ liệu đang được một chương trình khác sử dụng.');
    expect(body).toContain('The archive is in use by another program.');
    expect(body).toContain('D:\\Kho Tin\\.lock');
    expect(body).not.toContain('archive-in-use');
  });

  it('still says something useful for an unexpected error', () => {
    const { body } = startupFailureText(new Error('EACCES: permission denied'));
    expect(body).toContain('Dữ liệu của bạn không bị thay đổi.');
    expect(body).toContain('EACCES: permission denied');
  });
});
