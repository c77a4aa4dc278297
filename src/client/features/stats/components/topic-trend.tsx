import { topicById } from '../../../../domain/tagging/topics/topic-vocabulary';
import { useTopicMonths } from '../api/get-stats';
import { Sparkline } from './sparkline';

/** A topic's page (the search filtered to it): its articles of the last 24 months, as a line. */
export function TopicTrend({ topicId }: { topicId: string }) {
  const topics = useTopicMonths();
  const topic = topics.data?.topics.find((t) => t.id === topicId);
  if (!topics.data || !topic) return null;
  const name = topicById(topicId)?.name ?? topic.name;
  return (
    <p className="topic-trend">
      <span className="topic-trend__name">专题「{name}」近 24 个月</span>
      <Sparkline months={topics.data.months} counts={topic.counts} />
      <span className="topic-trend__total">{topic.total} 篇</span>
    </p>
  );
}
