import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog, closeDialogOf } from '../../app/modal-dialog';

const MAX = { rows: 10, cols: 8 } as const;

type Props = { onPick(rows: number, cols: number): void; onClose(): void };

/** Word's grid: hover (or arrow keys) to choose rows × columns, click or Enter to insert. */
export function TableSizePicker({ onPick, onClose }: Props) {
  const { t } = useTranslation('editor');
  const [size, setSize] = useState({ rows: 3, cols: 3 });
  const move = (key: string) => {
    const delta: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const step = delta[key];
    if (!step) return false;
    setSize(({ rows, cols }) => ({
      rows: Math.min(MAX.rows, Math.max(1, rows + step[0])),
      cols: Math.min(MAX.cols, Math.max(1, cols + step[1])),
    }));
    return true;
  };
  return (
    <ModalDialog title={t('table.picker')} onClose={onClose}>
      <div
        className="table-picker"
        role="grid"
        tabIndex={0}
        autoFocus
        aria-label={t('table.picker')}
        onKeyDown={(event) => {
          if (move(event.key)) event.preventDefault();
          else if (event.key === 'Enter') {
            event.preventDefault();
            closeDialogOf(event.currentTarget);
            onPick(size.rows, size.cols);
          }
        }}
      >
        {Array.from({ length: MAX.rows }, (_, row) => (
          <div key={row} role="row" className="table-picker__row">
            {Array.from({ length: MAX.cols }, (_, col) => (
              <button
                key={col}
                type="button"
                role="gridcell"
                tabIndex={-1}
                data-row={row + 1}
                data-col={col + 1}
                aria-label={t('table.size', { rows: row + 1, cols: col + 1 })}
                className={
                  row < size.rows && col < size.cols
                    ? 'table-picker__cell table-picker__cell--on'
                    : 'table-picker__cell'
                }
                onMouseEnter={() => setSize({ rows: row + 1, cols: col + 1 })}
                onClick={(event) => {
                  closeDialogOf(event.currentTarget);
                  onPick(row + 1, col + 1);
                }}
              />
            ))}
          </div>
        ))}
      </div>
      <p className="table-picker__size" aria-live="polite">
        {t('table.size', { rows: size.rows, cols: size.cols })}
      </p>
    </ModalDialog>
  );
}
