"""Fine-tune distilbert-base-uncased on a subset of Amazon polarity reviews."""
import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    DataCollatorWithPadding,
    Trainer,
    TrainingArguments,
)

MODEL_NAME = "distilbert-base-uncased"
HUB_ID = "jdoe-ml/distilbert-review-sentiment"
TRAIN_SIZE = 40_000
TEST_SIZE = 5_000
MAX_LENGTH = 256


def load_data():
    raw = load_dataset("amazon_polarity")
    train = raw["train"].shuffle(seed=42).select(range(TRAIN_SIZE))
    test = raw["test"].shuffle(seed=42).select(range(TEST_SIZE))
    return train, test


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    preds = np.argmax(logits, axis=-1)
    tp = np.sum((preds == 1) & (labels == 1))
    fp = np.sum((preds == 1) & (labels == 0))
    fn = np.sum((preds == 0) & (labels == 1))
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"accuracy": float(np.mean(preds == labels)), "f1": float(f1)}


def main():
    tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)

    def tokenize(batch):
        text = [f"{t}. {c}" for t, c in zip(batch["title"], batch["content"])]
        return tokenizer(text, truncation=True, max_length=MAX_LENGTH)

    train, test = load_data()
    train = train.map(tokenize, batched=True, remove_columns=["title", "content"])
    test = test.map(tokenize, batched=True, remove_columns=["title", "content"])

    model = AutoModelForSequenceClassification.from_pretrained(
        "distilbert-base-uncased",
        num_labels=2,
        id2label={0: "NEGATIVE", 1: "POSITIVE"},
        label2id={"NEGATIVE": 0, "POSITIVE": 1},
    )

    args = TrainingArguments(
        output_dir="outputs",
        num_train_epochs=2,
        learning_rate=2e-5,
        per_device_train_batch_size=32,
        per_device_eval_batch_size=64,
        weight_decay=0.01,
        warmup_ratio=0.06,
        eval_strategy="epoch",
        save_strategy="epoch",
        load_best_model_at_end=True,
        metric_for_best_model="f1",
        fp16=True,
        logging_steps=50,
        report_to="wandb",
        run_name="distilbert-amazon-40k",
        push_to_hub=True,
        hub_model_id=HUB_ID,
    )

    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=test,
        tokenizer=tokenizer,
        data_collator=DataCollatorWithPadding(tokenizer),
        compute_metrics=compute_metrics,
    )
    trainer.train()
    print(trainer.evaluate())
    trainer.push_to_hub()


if __name__ == "__main__":
    main()
