import { ReportList } from './report-list';
import { ReportView } from './report-view';
import { useReportsStore } from './reports-store';
import './reports.css';

/** The Báo cáo section: the list, or the open report. */
export function ReportsPage() {
  const openId = useReportsStore((state) => state.openId);
  return openId ? <ReportView key={openId} id={openId} /> : <ReportList />;
}
