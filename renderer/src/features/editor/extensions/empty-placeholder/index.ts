export { EmptyPlaceholder } from './empty-placeholder';
