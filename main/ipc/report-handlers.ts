import type { CitationChannel } from '../../shared/ipc/citations';
import { rememberedFields } from '../../shared/report/template-skeletons';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** The reports channels this file serves; compile and quotes are in citations-handlers.ts, openDocx in report-docx-handlers.ts. */
type ReportChannel = Exclude<
  Extract<keyof HandlerTable, `reports.${string}` | 'media.put'>,
  CitationChannel | 'reports.export' | 'reports.openDocx'
>;

/** The Báo cáo channels: thin calls into the report service, inputs already checked by the contract. */
export function createReportHandlers({
  reports,
  settings,
}: HandlerDeps): Pick<HandlerTable, ReportChannel> {
  return {
    'reports.list': (input) => reports.list(input ?? {}),
    'reports.get': ({ id }) => reports.get(id),
    // The last report's agency, place, signer and recipients are offered for the new one.
    'reports.create': (input) =>
      reports.create({
        ...input,
        fields: { ...rememberedFields(settings.get().reportDefaults), ...input.fields },
      }),
    'reports.save': (input) => reports.save(input),
    'reports.rename': ({ id, title }) => reports.rename(id, title),
    'reports.duplicate': ({ id }) => reports.duplicate(id),
    'reports.delete': ({ id }) => reports.delete(id),
    'reports.restore': ({ id }) => reports.restore(id),
    'reports.versions': ({ id }) => reports.versions(id),
    'reports.version': ({ id, versionId }) => reports.version(id, versionId),
    'reports.restoreVersion': ({ id, versionId }) => reports.restoreVersion(id, versionId),
    'media.put': ({ name, base64 }) => reports.putMedia(name, base64),
  };
}
