/** Keeping a markdown document within a size limit by whole sections, so no table or link is cut. */

export interface FitOptions {
  /** The most the document may measure, separators and final newline included. */
  max: number
  size: (text: string) => number
  /** Said where sections were left out, e.g. where the rest can be read. */
  cutLine: string
  /** Kept last whatever happens, e.g. the links. */
  tail?: string
}

const SEPARATOR = '\n\n'

/**
 * The sections joined, each kept whole in order while it fits; the first is always kept (a headline
 * the callers bound). When one does not fit, it and the rest give way to the cut line.
 */
export function fitSections(sections: string[], options: FitOptions): string {
  const tail = options.tail ? [options.tail] : []
  const whole = [...sections, ...tail]
  const measure = (parts: string[]) => options.size(`${parts.join(SEPARATOR)}\n`)
  if (measure(whole) <= options.max) return `${whole.join(SEPARATOR)}\n`
  const kept = sections.slice(0, 1)
  for (const section of sections.slice(1)) {
    if (measure([...kept, section, options.cutLine, ...tail]) > options.max) break
    kept.push(section)
  }
  return `${[...kept, options.cutLine, ...tail].join(SEPARATOR)}\n`
}
