/**
 * Turns a presenter command (a key or an on-screen button) into a session action, or into a
 * change that belongs to this window only (the help list, fullscreen).
 */
import type { Scenario } from '../../schemas/scenario';
import type { Command } from '../../lib/present/keys';
import { nodeInFocus, type SessionState } from '../../lib/present/session';
import { dispatch } from '../../stores/classroom';

export interface WindowControls {
  helpOpen: boolean;
  setHelp: (open: boolean) => void;
}

export function toggleFullscreen(): void {
  try {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // No Fullscreen API (iPhone Safari): the browser's own full screen is the way there.
  }
}

export function runCommand(
  command: Command,
  scenario: Scenario,
  state: SessionState,
  controls: WindowControls,
): void {
  switch (command.type) {
    case 'next':
    case 'back':
    case 'reveal':
      dispatch({ type: command.type });
      return;
    case 'select': {
      const choice = nodeInFocus(scenario, state)?.choices[command.index];
      if (choice) dispatch({ type: 'select', choiceId: choice.id });
      return;
    }
    case 'votes':
      dispatch({ type: 'bumpVotes', by: command.by });
      return;
    case 'meter':
      dispatch({ type: 'toggleMeter' });
      return;
    case 'blank':
      dispatch({ type: 'toggleBlank' });
      return;
    case 'fullscreen':
      toggleFullscreen();
      return;
    case 'help':
      controls.setHelp(!controls.helpOpen);
      return;
    case 'escape':
      if (controls.helpOpen) controls.setHelp(false);
      else if (state.blank) dispatch({ type: 'unblank' });
      return;
  }
}
