import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Item } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';
import { useListenPrefs, useListenQueue } from '../hooks/use-listen';
import { listenScript, type ScriptSentence } from '../lib/listen-script';
import { SPEECH_RATES } from '../lib/listen-state';
import { useListenSession, type ListenRequest } from '../store/listen-session';
import { useListenStore } from '../store/listen-store';
import { useChineseVoices, type VoiceStatus } from './chinese-voices';
import { NoChineseVoice } from './no-chinese-voice';
import { speakSentence } from './speak-sentence';
import { useMediaSession } from './use-media-session';
import './listen-player.css';

type LoadedArticle =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; id: string; title: string; source: string; script: ScriptSentence[] };

export interface ListenPlayerProps {
  request: ListenRequest;
  /** Loads an item's file (the app's query cache), so the player imports no other feature. */
  loadItem: (id: string) => Promise<Item>;
}

/**
 * The compact player: reads an article sentence by sentence (one utterance each, the next on
 * `end`), marks the sentence on the article page through the session, and goes on with the
 * listening queue when the article ends (docs/listen.md).
 */
export function ListenPlayer({ request, loadItem }: ListenPlayerProps) {
  const session = useListenSession();
  const store = useListenStore();
  const { rate, voice: voiceUri } = useListenPrefs();
  const queue = useListenQueue();
  const { status: voiceStatus, recheck } = useChineseVoices();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const [itemId, setItemId] = useState(request.itemId);
  // Keyed by id, so that a new article shows as loading without a reset in an effect.
  const [loaded, setLoaded] = useState<{ id: string; article: LoadedArticle } | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [finished, setFinished] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const article: LoadedArticle = loaded?.id === itemId ? loaded.article : { status: 'loading' };
  const voices = voiceStatus.kind === 'ready' ? voiceStatus.voices : [];
  const voice = voices.find((v) => v.voiceURI === voiceUri) ?? voices[0] ?? null;
  const script = article.status === 'ready' ? article.script : null;
  const upNext = queue.find((entry) => entry.id !== itemId) ?? null;

  useEffect(() => {
    let current = true;
    const settle = (article: LoadedArticle) => {
      if (current) setLoaded({ id: itemId, article });
    };
    loadItem(itemId).then(
      (item) =>
        settle(
          item.kind === 'article'
            ? {
                status: 'ready',
                id: item.id,
                title: item.title,
                source: item.host ?? '',
                script: listenScript(item),
              }
            : { status: 'failed', message: '这条资讯只有标题，没有可朗读的正文。' },
        ),
      () => settle({ status: 'failed', message: '文章加载失败，无法朗读。' }),
    );
    return () => {
      current = false;
    };
  }, [itemId, loadItem]);

  const finishArticle = useCallback(() => {
    const next = store.finish(itemId);
    if (!next) {
      setFinished(true);
      setPlaying(false);
      session.setPlace(null);
      return;
    }
    // The reader who watched this article follows the voice to the next one; a reader who
    // went elsewhere is left where they are.
    if (pathname === paths.article.getHref(itemId)) void navigate(paths.article.getHref(next.id));
    setItemId(next.id);
    setIndex(0);
  }, [store, itemId, pathname, navigate, session]);

  // Browsers may hand out new voice objects on each voice list, and the callbacks change with
  // the page: neither may restart the sentence being read, so the effect reads them from refs.
  const latest = useRef({ voice, finishArticle });
  useEffect(() => {
    latest.current = { voice, finishArticle };
  });
  const voiceKey = voice?.voiceURI ?? null;
  // The mark follows the sentence, also while paused and when skipping; with no voice to read
  // it there is nothing to mark.
  const sentence = script?.[index];
  useEffect(() => {
    session.setPlace(sentence && voiceKey !== null ? { itemId, ...sentence } : null);
  }, [session, itemId, sentence, voiceKey]);
  useEffect(() => {
    const current = script?.[index];
    const { voice } = latest.current;
    if (!script || !current || !voice || voiceKey === null || !playing) return;
    return speakSentence(
      current.text,
      { rate, voice },
      () => {
        if (index + 1 < script.length) setIndex(index + 1);
        else latest.current.finishArticle();
      },
      (code) => {
        setError(`语音合成出错（${code}），朗读已暂停。可以点“继续”再试。`);
        setPlaying(false);
      },
    );
  }, [script, voiceKey, playing, index, rate]);

  useEffect(() => () => session.setPlace(null), [session]);

  const play = () => {
    setError(null);
    if (finished) {
      setFinished(false);
      setIndex(0);
    }
    setPlaying(true);
  };
  const pause = () => setPlaying(false);
  const skip = (by: number) => {
    if (!script || finished) return;
    if (index + by >= script.length) finishArticle();
    else setIndex(Math.max(0, index + by));
  };

  const title = article.status === 'ready' ? article.title : null;
  useMediaSession({
    title,
    source: article.status === 'ready' ? article.source : null,
    playing: playing && !!voice,
    onPlay: play,
    onPause: pause,
    onNext: () => skip(1),
    onPrevious: () => skip(-1),
  });

  // Opened by a button that may now be hidden (the phone's action bar gives way to the player),
  // focus moves to the player rather than being lost.
  const regionRef = useRef<HTMLElement>(null);
  useEffect(() => regionRef.current?.focus({ preventScroll: true }), []);

  const canPlay = voice !== null && script !== null;
  return (
    <section className="listen-player" aria-label="朗读" ref={regionRef} tabIndex={-1}>
      <div className="listen-player__head">
        <p className="listen-player__now" role="status">
          {describeState(voiceStatus, article, canPlay && playing, finished)}
          {title && <span className="listen-player__title">《{title}》</span>}
        </p>
        <button
          type="button"
          className="listen-player__close"
          onClick={() => session.stop()}
          aria-label="关闭朗读"
          title="关闭朗读"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {(voiceStatus.kind === 'none' || voiceStatus.kind === 'unsupported') && (
        <NoChineseVoice status={voiceStatus} onRecheck={recheck} />
      )}
      {article.status === 'failed' && (
        <p className="listen-player__error" role="alert">
          {article.message}
        </p>
      )}
      {error && (
        <p className="listen-player__error" role="alert">
          {error}
        </p>
      )}
      {canPlay && (
        <div className="listen-player__controls" role="group" aria-label="朗读控制">
          <button
            type="button"
            className="listen-player__button"
            onClick={() => skip(-1)}
            disabled={index === 0}
          >
            上一句
          </button>
          {playing ? (
            <button type="button" className="listen-player__button" onClick={pause}>
              暂停
            </button>
          ) : (
            <button type="button" className="listen-player__button" onClick={play}>
              {finished ? '重新朗读' : '继续'}
            </button>
          )}
          <button
            type="button"
            className="listen-player__button"
            onClick={() => skip(1)}
            disabled={finished}
          >
            下一句
          </button>
          <label className="listen-player__field">
            速度
            <select
              value={rate}
              onChange={(event) => store.setRate(Number(event.currentTarget.value))}
            >
              {SPEECH_RATES.map((value) => (
                <option key={value} value={value}>
                  {value}×
                </option>
              ))}
            </select>
          </label>
          {voices.length > 1 && (
            <label className="listen-player__field">
              语音
              <select
                value={voice.voiceURI}
                onChange={(event) => store.setVoice(event.currentTarget.value)}
              >
                {voices.map((v) => (
                  <option key={v.voiceURI} value={v.voiceURI}>
                    {v.name}（{v.lang}）
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      <p className="listen-player__next">
        {upNext && <span>接下来：《{upNext.title}》 </span>}
        <Link to={paths.listen.getHref()}>稍后听列表（{queue.length}）</Link>
      </p>
    </section>
  );
}

function describeState(
  voices: VoiceStatus,
  article: LoadedArticle,
  playing: boolean,
  finished: boolean,
): string {
  if (voices.kind === 'unsupported') return '此浏览器不能朗读';
  if (voices.kind === 'none') return '没有中文语音，无法朗读';
  if (voices.kind === 'checking') return '正在查找中文语音…';
  if (article.status === 'loading') return '正在加载文章…';
  if (article.status === 'failed') return '无法朗读';
  if (finished) return '已读完';
  return playing ? '正在朗读' : '已暂停';
}
