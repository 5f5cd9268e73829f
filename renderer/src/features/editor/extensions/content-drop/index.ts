export { ContentDrop, REPORT_CONTENT_MIME } from './content-drop';
