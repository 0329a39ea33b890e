/**
 * The progress page's figures as a store: derived from $progress, recomputed only when progress
 * changes, whichever tab or dialog changed it. The rules are in src/lib/progress/dashboard.ts.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { $progress } from './progress';
import { dashboardView, type CourseCatalog, type DashboardView } from '../lib/progress/dashboard';

export function dashboardStore(catalog: CourseCatalog): ReadableAtom<DashboardView> {
  return computed($progress, (progress) => dashboardView(progress, catalog));
}
