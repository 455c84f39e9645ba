package com.headroom.content;

/** What kind of content an item is (DESIGN.md), with the length LinkedIn allows it. */
public enum ContentType {

    INDUSTRY_INSIGHT("Industry insight", PostText.POST_LIMIT), EDUCATIONAL("Educational how-to", PostText.POST_LIMIT),
    PERSONAL_STORY("Personal story", PostText.POST_LIMIT), QUESTION("Question post", PostText.POST_LIMIT),
    VISUAL("Visual / infographic", PostText.POST_LIMIT), ARTICLE("Article", PostText.ARTICLE_LIMIT),
    NEWSLETTER("Newsletter edition", PostText.ARTICLE_LIMIT), EVENT("Event", PostText.POST_LIMIT),
    LIVE_VIDEO("LinkedIn Live / video", PostText.POST_LIMIT);

    private final String label;

    private final int characterLimit;

    ContentType(String label, int characterLimit) {
        this.label = label;
        this.characterLimit = characterLimit;
    }

    public String label() {
        return label;
    }

    /**
     * Characters as people see them: 3,000 for a post, about 110,000 for an article or
     * newsletter.
     */
    public int characterLimit() {
        return characterLimit;
    }

    /** Articles and newsletter editions are read in full: no feed fold. */
    public boolean folds() {
        return characterLimit == PostText.POST_LIMIT;
    }

}
