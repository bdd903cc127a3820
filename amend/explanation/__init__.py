"""Reader of results, explanation: takes an amendment (and the motion); gives plain words for
what each part does and what it targets."""
