import { ReportImage } from '../../../../../../shared/report/schema/report-image';
import { ImageNodeView, type ImageViewOptions } from './image-node-view';

/**
 * The schema's image node with the editor's view of it. Same name, attributes and parsing as
 * ReportImage (the extension list puts this in its place); only how it is shown differs.
 */
export const ImageView = ReportImage.extend<ImageViewOptions>({
  addOptions() {
    return {
      resolveSrc: () => null,
      label: (key) => key,
      minWidth: 48,
    };
  },

  addNodeView() {
    return (props) => new ImageNodeView(props, this.options);
  },
});
