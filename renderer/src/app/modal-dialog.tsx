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

/**
 * Closes the native dialog holding `element` at once. While a modal is open the rest of the page
 * is inert, so a command that puts the focus back into the editor must run after this, not after
 * React unmounts the dialog — a key pressed in between would otherwise be lost.
 */
export function closeDialogOf(element: Element): void {
  element.closest('dialog')?.close();
}
