import type { VoiceStatus } from './chinese-voices';

/**
 * Said instead of playing where the browser has no Chinese voice: what is missing and where a
 * reader gets one. Nothing here pretends to play.
 */
export function NoChineseVoice({
  status,
  onRecheck,
}: {
  status: Extract<VoiceStatus, { kind: 'none' | 'unsupported' }>;
  onRecheck: () => void;
}) {
  if (status.kind === 'unsupported') {
    return (
      <div className="listen-player__message" role="alert">
        <p>这个浏览器不支持语音朗读。请换用较新的 Chrome、Edge、Safari 或 Firefox。</p>
      </div>
    );
  }
  return (
    <div className="listen-player__message" role="alert">
      <p>
        {status.others > 0
          ? `这个浏览器有 ${status.others} 种语音，但没有中文语音，所以无法朗读。`
          : '这个浏览器没有可用的语音，所以无法朗读。'}
        在系统设置里添加中文语音后，重新打开本页即可：
      </p>
      <ul>
        <li>Windows：设置 › 时间和语言 › 语音 › 添加语音，选择“中文(简体)”。</li>
        <li>macOS：系统设置 › 辅助功能 › 朗读内容 › 系统声音 › 管理声音，下载中文声音。</li>
        <li>iPhone / iPad：设置 › 辅助功能 › 朗读内容 › 声音 › 中文。</li>
        <li>Android：设置 › 文字转语音输出，在语音引擎中安装中文语音数据。</li>
        <li>Linux：安装 speech-dispatcher 和中文语音（如 espeak-ng）。</li>
      </ul>
      <button type="button" className="link-button" onClick={onRecheck}>
        已添加，重新查找
      </button>
    </div>
  );
}
