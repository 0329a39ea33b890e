/** Listens for the presenter keys on the whole page and runs each as a command. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario';
import { $session } from '../../stores/classroom';
import { runCommand } from './commands';
import { commandFor, type Command, type KeyContext } from '../../lib/present/keys';

function describeFocus(target: EventTarget | null): Omit<KeyContext, 'modified'> {
  const element = target instanceof HTMLElement ? target : undefined;
  const tag = element?.tagName ?? '';
  const type = element instanceof HTMLInputElement ? element.type : '';
  let inField: KeyContext['inField'] = false;
  if (type === 'number') inField = 'number';
  else if (tag === 'TEXTAREA' || tag === 'SELECT') inField = 'text';
  else if (tag === 'INPUT' && !['checkbox', 'radio', 'button'].includes(type)) inField = 'text';
  const onControl = inField === false && ['BUTTON', 'A', 'SUMMARY', 'INPUT'].includes(tag);
  return { inField, onControl };
}

export function useShortcuts(onCommand: (command: Command) => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandFor(event.key, {
        ...describeFocus(event.target),
        modified: event.ctrlKey || event.metaKey || event.altKey,
      });
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
    };
  }, [onCommand]);
}

/**
 * The presenter's commands for one window: keys and buttons both go through `onCommand`.
 * The help list is this window's own; everything else changes the shared session.
 */
export function usePresenterCommands(scenario: Scenario) {
  const [helpOpen, setHelp] = useState(false);
  const onCommand = useCallback(
    (command: Command) => {
      const current = $session.get();
      if (current) runCommand(command, scenario, current, { helpOpen, setHelp });
    },
    [scenario, helpOpen],
  );
  useShortcuts(onCommand);
  return { helpOpen, setHelp, onCommand };
}
