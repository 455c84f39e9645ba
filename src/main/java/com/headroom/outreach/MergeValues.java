package com.headroom.outreach;

/** What a rep types in for the merge fields that Headroom cannot know. */
public record MergeValues(String mutualConnection, String topic, String event) {

    public static MergeValues none() {
        return new MergeValues(null, null, null);
    }
}
