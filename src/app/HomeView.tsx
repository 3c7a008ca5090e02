import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Page } from '../components/Page';
import { downloadFile, fileTypes } from '../components/downloadFile';
import { home } from '../content/home';
import { importPanelWords } from '../content/importPanel';
import { HomePage, rowsPerPage } from '../features/home/HomePage';
import { emptyListPage, type ListPage } from '../record/listPage';
import { reviewDue } from '../record/policyReview';
import { formatFileDate } from '../record/practiceTimeFormat';
import { useFolderStatus } from '../record/practiceFolder/useFolderStatus';
import { useStorage } from '../record/storageContext';
import type { Route } from './routes';
import { attempt, keepIncident, listIncidents, reopenIncident, type ListRows } from './storageActions';
import { OfflineNotice } from './UpdatePrompt';
import type { Hint, View } from './views';

// Bringing in a backup is rare; its checking code loads once the home screen has drawn.
const ImportPanel = lazy(() => import('../features/note/ImportPanel').then((m) => ({ default: m.ImportPanel })));
// Only a practice with a folder loads its notices (reconnect, versions to choose between).
const FolderNotices = lazy(() => import('../features/practiceFolder/FolderNotices').then((m) => ({ default: m.FolderNotices })));

interface Props {
  readonly view: Extract<View, { name: 'home' }>;
  readonly go: (route: Route, hint?: Hint) => void;
}

/** The incident list with its storage actions; a problem is shown only on the list it happened on. */
export function HomeView({ view, go }: Props) {
  const storage = useStorage();
  const [list, setList] = useState<ListPage>(emptyListPage);
  // The list reads only the rows it draws; "Show more" asks for more of one table.
  const [rows, setRows] = useState<ListRows>({ open: rowsPerPage, closed: rowsPerPage });
  const [problem, setProblem] = useState<{ readonly view: View; readonly text: string } | null>(null);
  const failed = useCallback((text: string) => setProblem({ view, text }), [view]);
  const [policyReviewBy, setPolicyReviewBy] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // A policy that cannot be read is for the policy page to explain; the list just shows no reminder.
    storage.policy.load().then(
      ({ policy }) => current && setPolicyReviewBy(reviewDue(policy, formatFileDate(new Date())) ? policy?.reviewBy : undefined),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [storage]);
  const folder = storage.practiceFolder;
  const folderStatus = useFolderStatus(folder);
  // The 12-month rule waits for the first folder check, so a version another PC kept is here first.
  const [folderChecked, setFolderChecked] = useState(folder === undefined);
  const refresh = async () => setList(await listIncidents(storage.incidents, new Date(), rows, folderChecked));
  // Opening the list brings in what other computers saved to the practice folder; the list is
  // read again whenever that changed something here.
  useEffect(() => {
    let current = true;
    void folder?.checkNow().then(() => current && setFolderChecked(true));
    return () => {
      current = false;
    };
  }, [folder]);
  const folderChanges = folderStatus.changes;

  // Read afresh each time the list is shown (a message after an action is a new showing).
  useEffect(() => {
    let current = true;
    listIncidents(storage.incidents, new Date(), rows, folderChecked).then(
      (listed) => current && setList(listed),
      () => current && failed(home.failed.list),
    );
    return () => {
      current = false;
    };
  }, [storage, failed, rows, folderChanges, folderChecked]);

  // A row gives only the incident's summary: the page it opens reads the record.
  const open = (id: string, hint: Hint = {}) => go({ name: 'incident', incidentId: id, page: 'screen' }, hint);

  return (
    <Page>
      {folder !== undefined && (folderStatus.connection === 'connected' || folderStatus.connection === 'needsPermission') ? (
        <Suspense fallback={null}>
          <FolderNotices folder={folder} />
        </Suspense>
      ) : null}
      <HomePage
        list={list}
        onShowMore={(table) => setRows({ ...rows, [table]: rows[table] + rowsPerPage })}
        now={new Date()}
        {...(policyReviewBy === undefined ? {} : { policyReviewBy })}
        savesOnThisComputer={storage.savesOnThisComputer}
        persistent={storage.persistent}
        {...(view.message === undefined ? {} : { message: view.message })}
        {...(problem?.view === view ? { problem: problem.text } : {})}
        onStart={() =>
          void attempt(home.failed.start, () => storage.incidents.create({ kind: 'live', now: new Date() })).then((created) => {
            if (created.ok) open(created.value.id, { record: created.value });
            else failed(created.problem);
          })
        }
        onOpen={(incident) => open(incident.id)}
        onClose={(incident) => go({ name: 'closeIncident', incidentId: incident.id })}
        onReopen={(incident) =>
          void reopenIncident(storage.incidents, incident).then((reopened) => {
            if (reopened.ok) go({ name: 'home' }, { message: reopened.message });
            else failed(reopened.problem);
          })
        }
        onDelete={(incident) => go({ name: 'deleteIncident', incidentId: incident.id })}
        onKeep={(incident) =>
          void keepIncident(storage.incidents, incident)
            .then(async (kept) => (kept.ok ? attempt(home.failed.keep, refresh) : kept))
            .then((kept) => {
              if (!kept.ok) failed(kept.problem);
            })
        }
        onDownloadRaw={(id) =>
          void attempt(home.failed.downloadRaw, () => storage.incidents.rawExport(id)).then((raw) => {
            if (raw.ok) downloadFile(`unreadable-incident-${id}.json`, JSON.stringify(raw.value, null, 2), fileTypes.json);
            else failed(raw.problem);
          })
        }
        onDeleteAll={() => go({ name: 'deleteAll' })}
        onSettings={() => go({ name: 'settings' })}
        onPrepare={() => go({ name: 'prepare' })}
        onTraining={() => go({ name: 'training' })}
        importPanel={
          <details className="details">
            <summary className="details__summary">{importPanelWords.heading}</summary>
            <Suspense fallback={null}>
              <ImportPanel onImported={(id, notice) => (notice === undefined ? open(id) : go({ name: 'home' }, { message: notice }))} />
            </Suspense>
          </details>
        }
      />
      <OfflineNotice />
    </Page>
  );
}
