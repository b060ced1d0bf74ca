/** Messages to the user (errors, confirmations), shown as toasts with role=alert/status. */
import type { AppError } from '../../../shared/result';
import { errorText } from './i18n.svelte';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

class Notices {
  list = $state<Notice[]>([]);
  private next = 1;

  push(kind: Notice['kind'], text: string, ms = kind === 'error' ? 8000 : 3000) {
    const id = this.next++;
    this.list = [...this.list, { id, kind, text }];
    setTimeout(() => this.dismiss(id), ms);
  }
  error(e: AppError) {
    this.push('error', errorText(e));
  }
  dismiss(id: number) {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
