/** /progress/: what the learner has done, and the tools to export, import, reset and restore it. */
import { useErrorBoundary, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $progressNotice,
  exportProgress,
  progressAsStored,
  progressBeforeReset,
  resetProgress,
  restoreBeforeReset,
  unreadableBackups,
} from '../stores/progress';
import { $storageHealth } from '../stores/storage';
import type { LessonStatus } from '../lib/progress/summary';
import type { CourseCatalog } from '../lib/progress/dashboard';
import { dashboardStore } from '../stores/dashboard';
import type { CourseStatus } from '../lib/progress/course';
import { parseProgress, type ParseResult } from '../lib/progress/parse';
import type { Progress } from '../schemas/progress';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import { downloadText } from './progress/download';
import { lazyComponent } from './lazy';

// Shown only when there is something to show, so their code loads only then.
const ScaleChart = lazyComponent(() => import('./ScaleChart'));
const Recovery = lazyComponent(() => import('./progress/Recovery'));
const ImportDialog = lazyComponent(() => import('./progress/ImportDialog'));
const ResetDialog = lazyComponent(() => import('./progress/ResetDialog'));
import './dashboard.css';

export type { CourseCatalog };

interface Props {
  catalog: CourseCatalog;
  /** The UI strings this island uses (messagesFor). */
  messages: Messages;
}

function Status({ status }: { status: LessonStatus }) {
  return (
    <span class="progress-status" data-status={status}>
      <span class="status-icon" aria-hidden="true" />
      {t(`progress.status.${status}`)}
    </span>
  );
}

function importError(result: Exclude<ParseResult, { ok: true }>): string {
  switch (result.reason) {
    case 'future-version':
      return t('progress.import.error.future-version', { version: result.version });
    case 'invalid':
      return t('progress.import.error.invalid', { detail: result.detail });
    default:
      return t(`progress.import.error.${result.reason}`);
  }
}

/** "Course complete", or what is left to do, as one sentence. */
function courseLine({ complete, lessons, scenarios, assessment }: CourseStatus, locale: string) {
  if (complete) return t('progress.course.complete');
  const parts = [
    lessons.done < lessons.total &&
      t('progress.course.left.lessons', { n: lessons.total - lessons.done }),
    scenarios.done < scenarios.total &&
      t('progress.course.left.scenarios', { n: scenarios.total - scenarios.done }),
    assessment !== 'passed' && t(`progress.course.left.${assessment}`),
  ].filter((part) => part !== false);
  return t('progress.course.left', {
    // "a, b and c" in the page's language.
    parts: new Intl.ListFormat(locale).format(parts),
  });
}

/**
 * However damaged the stored progress, the page must never be left on "Loading…": if showing it
 * fails, the learner can still download what is stored and start fresh.
 */
export default function ProgressDashboard(props: Props) {
  registerMessages(props.messages);
  // Preact types the caught error as any; it is only ever tested for presence here.
  const [error, resetError] = useErrorBoundary((caught: unknown) => {
    console.warn('Shinrai: the progress page could not show the stored progress', caught);
  }) as [unknown, () => void];
  if (!error) return <Dashboard {...props} />;
  const download = () => {
    downloadText('shinrai-progress-as-stored.json', progressAsStored());
  };
  const startFresh = () => {
    resetProgress();
    resetError();
  };
  return (
    <div class="dashboard">
      <p role="alert" class="error">
        {t('progress.failed')}
      </p>
      <div class="actions">
        <button type="button" class="button button-primary" onClick={download}>
          {t('progress.failed.download')}
        </button>
        <button type="button" class="button button-secondary" onClick={startFresh}>
          {t('progress.failed.startFresh')}
        </button>
      </div>
    </div>
  );
}

function Dashboard({ catalog, messages: { locale } }: Props) {
  // One derived store per page: its figures are recomputed only when progress changes.
  const [$view] = useState(() => dashboardStore(catalog));
  const view = useStore($view);
  const health = useStore($storageHealth);
  const notice = useStore($progressNotice);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<Progress | undefined>(undefined);
  const [canRestore, setCanRestore] = useState(() => progressBeforeReset() !== undefined);
  const [backups] = useState(unreadableBackups);
  const [resetting, setResetting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const onExport = () => {
    const file = `shinrai-progress-${new Date().toISOString().slice(0, 10)}.json`;
    downloadText(file, exportProgress());
    setError('');
    setMessage(t('progress.exported', { file }));
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage('');
    let text: string;
    try {
      // Refuse big files before reading them into memory.
      text = file.size > 1_000_000 ? 'x'.repeat(1_000_001) : await file.text();
    } catch {
      setError(t('progress.import.error.unreadable'));
      return;
    }
    const result = parseProgress(text);
    if (!result.ok) {
      setError(importError(result));
      return;
    }
    setError('');
    setPending(result.progress);
  };

  const restore = () => {
    if (restoreBeforeReset()) setMessage(t('progress.restored'));
    setCanRestore(false);
  };

  return (
    <div class="dashboard">
      {health.state === 'unavailable' && <p class="notice">{t('progress.storage.unavailable')}</p>}
      {health.state === 'nearly-full' && (
        <p class="notice">{t('progress.storage.nearlyFull', { percent: health.percent })}</p>
      )}
      {(notice || backups.length > 0) && (
        <Recovery notice={notice} initialKeys={backups} downloadText={downloadText} />
      )}
      {view.empty && <p class="empty">{t('progress.empty')}</p>}

      <section aria-labelledby="overall-title">
        <h2 id="overall-title">{t('progress.overall.heading')}</h2>
        <div class="overall">
          <progress
            id="overall-progress"
            max={100}
            value={view.completed.percent}
            aria-labelledby="overall-title"
          />
          <p class="overall-text">
            <strong>{view.completed.percent}%</strong> ·{' '}
            {t('progress.overall.text', { done: view.completed.done, n: view.completed.total })}
          </p>
          <p>{courseLine(view.course, locale)}</p>
        </div>
      </section>

      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t('progress.lessons.heading')}</h2>
        <ol class="rows">
          {view.lessons.map((lesson) => (
            <li key={lesson.id}>
              <a href={lesson.href}>{lesson.title}</a>
              <Status status={lesson.status} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">{t('progress.scenarios.heading')}</h2>
        <ul class="rows">
          {view.scenarios.map((scenario) => (
            <li key={scenario.id}>
              <a href={scenario.href}>{scenario.title}</a>
              <span class="detail">
                {scenario.best === undefined
                  ? t('progress.scenarios.none')
                  : [
                      t('progress.scenarios.endings', {
                        found: scenario.found,
                        total: scenario.endings,
                      }),
                      t('progress.scenarios.best', {
                        position: scenario.best.position,
                        band: t(`debrief.scale.band.${scenario.best.band}`),
                      }),
                      scenario.runsCapped
                        ? t('progress.scenarios.runsKept', { n: scenario.runs })
                        : t('progress.scenarios.runs', { n: scenario.runs }),
                    ].join(' · ')}
              </span>
            </li>
          ))}
        </ul>
        <h3>{t('progress.chart.heading')}</h3>
        {view.timeline.length === 0 ? (
          <p>{t('progress.chart.empty')}</p>
        ) : (
          <ScaleChart runs={view.timeline} />
        )}
      </section>

      <section aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{t('progress.quizzes.heading')}</h2>
        {view.quizzes.some((quiz) => quiz.result) ? (
          <ul class="rows">
            {view.quizzes.map(({ id, href, title, result, answered }) => (
              <li key={id}>
                <a href={href}>{title}</a>
                <span class="detail">
                  {!result
                    ? t('progress.scenarios.none')
                    : result.attempts === 0
                      ? t('progress.quizzes.inProgress', { answered, questions: result.questions })
                      : t('progress.quizzes.row', {
                          best: result.best,
                          questions: result.questions,
                          n: result.attempts,
                        })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('progress.quizzes.empty')}</p>
        )}
        <h3>{t('progress.assessment.heading')}</h3>
        <p>
          {view.assessment
            ? t('progress.assessment.result', {
                best: view.assessment.best,
                n: view.assessment.attempts,
                verdict: view.assessment.passed
                  ? t('progress.assessment.passed')
                  : t('progress.assessment.notPassed'),
              })
            : t('progress.assessment.none')}{' '}
          {view.assessmentInProgress && t('progress.assessment.draft')}{' '}
          <a href={catalog.assessmentHref}>{t('lesson.takeAssessment')}</a>
        </p>
      </section>

      {view.unknown > 0 && <p class="notice">{t('progress.unknown', { n: view.unknown })}</p>}

      <section aria-labelledby="data-title" class="data">
        <h2 id="data-title">{t('progress.data.heading')}</h2>
        <p>{t('progress.intro')}</p>
        <div class="actions">
          <button type="button" class="button button-primary" onClick={onExport}>
            {t('progress.export')}
          </button>
          <label class="button button-secondary file-label">
            {t('progress.import')}
            <input
              ref={fileInput}
              class="visually-hidden"
              type="file"
              accept="application/json,.json"
              aria-describedby="import-hint"
              onChange={(event) => void onFile(event)}
            />
          </label>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setResetting(true);
            }}
          >
            {t('progress.reset')}
          </button>
          {canRestore && (
            <button type="button" class="button button-secondary" onClick={restore}>
              {t('progress.restore')}
            </button>
          )}
        </div>
        <p id="import-hint" class="hint">
          {t('progress.import.hint')}
        </p>
        <p role="status" class="message">
          {message}
        </p>
        <p role="alert" class="error">
          {error}
        </p>
      </section>

      {pending && (
        <ImportDialog
          pending={pending}
          onImported={(mode) => {
            setPending(undefined);
            if (mode === 'replace') setCanRestore(true);
            setMessage(t('progress.import.done'));
          }}
          onClose={() => {
            setPending(undefined);
          }}
        />
      )}
      {resetting && (
        <ResetDialog
          onReset={() => {
            setResetting(false);
            setCanRestore(progressBeforeReset() !== undefined);
            setMessage(t('progress.reset.done'));
          }}
          onClose={() => {
            setResetting(false);
          }}
        />
      )}
    </div>
  );
}
