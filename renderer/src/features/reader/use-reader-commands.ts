import { useMemo } from 'react';
import { FONT_SIZE, type ReaderSettings } from '../../../../shared/settings';
import { useCommands } from '../../app/command-bus';
import { useSettingsStore } from '../settings/settings-store';
import { stepFontSize } from './reading-stats';

export function changeReaderSettings(reader: Partial<ReaderSettings>): void {
  void useSettingsStore.getState().update({ reader });
}

const currentSize = () => useSettingsStore.getState().settings.reader.fontSize;

/** Menu items and shortcuts the reader answers while it is open: type size, find, print. */
export function useReaderCommands(openFind: () => void): void {
  const commands = useMemo(
    () => ({
      'reader.fontLarger': () => changeReaderSettings({ fontSize: stepFontSize(currentSize(), 1) }),
      'reader.fontSmaller': () =>
        changeReaderSettings({ fontSize: stepFontSize(currentSize(), -1) }),
      'reader.fontReset': () => changeReaderSettings({ fontSize: FONT_SIZE.DEFAULT }),
      'find.open': openFind,
      print: () => window.print(),
    }),
    [openFind],
  );
  useCommands(commands);
}
