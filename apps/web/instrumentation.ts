export { register } from "@gafus/config/next-instrumentation";
