import type { z } from 'zod';
import type { CategoryWithCountSchema } from '../../../../shared/ipc/archive';

export type CategoryWithCount = z.infer<typeof CategoryWithCountSchema>;
