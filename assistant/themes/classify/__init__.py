"""Per-item classification: feedback type and sentiment, stored in the database.

Zero-shot (default, works on a new company's data with no labels): each class is described by a few prototype
sentences embedded with the same model as the feedback. An item's score for a class is the mean of its cosine to
the class's mean prototype and to its two closest prototypes; the best class wins. Everything runs on the stored
embeddings, so classifying 10k items is a matrix product. A known star rating (1-5) nudges sentiment.

Trained (``pma classify train LABELED.csv``): multinomial logistic regression (scikit-learn) on the embedding
joined with TF-IDF of words and two-word phrases (Chinese segmented). The model is saved as plain arrays
(``$PMA_HOME/classifier/*.npz``, no pickle) beside a ``meta.json``; labels outside the built-in types are kept, so
a company's own taxonomy survives.

Modules: ``prototypes`` (zero-shot), ``linear`` (trained model), ``classifier`` (which model labels an item),
``store`` (classifying stored feedback), ``training`` (``pma classify train``).
Not handled: several types per item, aspect-level sentiment, non-English prototypes.
"""

from assistant.themes.classify.classifier import Classification, FeedbackClassifier, classifier_dir
from assistant.themes.classify.linear import LinearClassifier
from assistant.themes.classify.store import classify_feedback, store_classifications
from assistant.themes.classify.training import normalise_label, train_from_file

__all__ = ["Classification", "FeedbackClassifier", "LinearClassifier", "classifier_dir",
           "classify_feedback", "normalise_label", "store_classifications", "train_from_file"]
