export * from './editor-requests';
