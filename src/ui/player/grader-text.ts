import type { Lang } from '../../lib/scoring/contract.ts';

/** What the reply panel says while the scorer for typed replies loads, per UI language. */
export const GRADER_TEXT: Record<Lang, { grading: string; failed: string }> = {
  en: {
    grading: 'Grading your reply…',
    failed: 'Your reply could not be graded: the scorer did not load. Check the connection and post it again.',
  },
  'zh-TW': {
    grading: '正在評分你的回覆…',
    failed: '無法評分你的回覆：評分器沒有載入。請檢查網路連線後再送出一次。',
  },
  ja: {
    grading: '返信を採点しています…',
    failed: '採点できませんでした。採点機能を読み込めませんでした。接続を確認して、もう一度投稿してください。',
  },
};
