/**
 * Prints the plain closing line CI reads ("N passed, N failed, N skipped"),
 * after vitest's own summary.
 */
import type {Reporter} from 'vitest/reporters'

interface Task {
  type: string
  mode?: string
  result?: {state?: string}
  tasks?: Task[]
}

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = [], errors: unknown[] = []): void {
    const count = {passed: 0, failed: 0, skipped: 0}
    const visit = (task: Task): void => {
      if (task.type === 'test') {
        if (task.result?.state === 'pass') count.passed++
        else if (task.result?.state === 'fail') count.failed++
        else count.skipped++
      }
      for (const child of task.tasks ?? []) visit(child)
      // A file that failed to load has no tests to count: count the file.
      if (task.type === 'suite' && !task.tasks?.length && task.result?.state === 'fail') count.failed++
    }
    for (const file of files) visit(file)
    count.failed += errors.length
    process.stdout.write(`${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`)
  }
}
