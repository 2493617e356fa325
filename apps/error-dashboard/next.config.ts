import { createNextConfig } from "@gafus/config/next-config";

export default createNextConfig({ basePath: "/errors" });
