export * from './lib/comment-form/comment-form';
