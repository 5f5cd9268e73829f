import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  onClose(): void;
  children: ReactNode;
};

/**
 * The native <dialog> opened with showModal(): the browser traps focus, makes the rest inert and
 * closes on Escape, which a hand-made overlay would have to reimplement.
 */
export function ModalDialog({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="modal__title">{title}</h2>
      {children}
    </dialog>
  );
}
