import type { ReactNode } from 'react';

type Props = {
  /** The dialog's own block class; `<class>__current` styles the line naming the current item. */
  className: string;
  role?: 'status';
  label: string;
  done: number;
  total: number;
  count: ReactNode;
  /** The item being worked on, already phrased; null keeps the line's height. */
  current: string | null;
  cancelling: boolean;
  cancelLabel: string;
  cancellingLabel: string;
  onCancel(): void;
};

/** A long job's progress bar, count, current item and Cancel: one shape for import and export. */
export function JobProgress(props: Props) {
  return (
    <div className={props.className} role={props.role}>
      <progress aria-label={props.label} max={Math.max(props.total, 1)} value={props.done} />
      <p>{props.count}</p>
      <p className={`${props.className}__current`}>{props.current ?? '\u00a0'}</p>
      <div className="modal__actions">
        <button
          type="button"
          className="button--danger"
          disabled={props.cancelling}
          onClick={props.onCancel}
        >
          {props.cancelling ? props.cancellingLabel : props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
