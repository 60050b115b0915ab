/** Where the core reports what it does; the GitHub wrapper maps this onto workflow commands. */
export interface AnnotationProperties {
  title?: string
  file?: string
}

export interface Log {
  info(message: string): void
  debug(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
}

export const silentLog: Log = {
  info: () => undefined,
  debug: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined
}
