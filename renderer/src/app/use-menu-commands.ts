import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events';
import { api } from '../platform/api';
import { useNavigationStore } from './navigation-store';

type Handlers = Partial<Record<MenuCommand, () => void>>;

/** Native menu items arrive as `menu.command` events; navigation is handled here, the rest by the caller. */
export function useMenuCommands(extra: Handlers = {}): void {
  const go = useNavigationStore((state) => state.go);
  useEffect(() => {
    const handlers: Handlers = {
      'navigate.library': () => go('library'),
      'navigate.reports': () => go('reports'),
      'navigate.settings': () => go('settings'),
      ...extra,
    };
    return api.on('menu.command', ({ command }) => handlers[command]?.());
  }, [go, extra]);
}
