import { z } from "zod";

// Path parameters of the panel API. An id that is not a uuid names nothing: 404 (the wrapper), like an unknown one.
export const ZIdParams = z.object({ id: z.uuid() });
export const ZAccessParams = ZIdParams.extend({ userId: z.uuid() });
export const ZPlacementParams = ZIdParams.extend({ placementId: z.uuid() });
