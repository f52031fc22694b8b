"""Gradio demo, deployed as a Hugging Face Space."""
import gradio as gr
from transformers import pipeline

classifier = pipeline(
    "text-classification", model="jdoe-ml/distilbert-review-sentiment"
)


def predict(review: str) -> dict:
    result = classifier(review, truncation=True, top_k=None)
    return {r["label"]: r["score"] for r in result}


demo = gr.Interface(
    fn=predict,
    inputs=gr.Textbox(lines=4, label="Product review"),
    outputs=gr.Label(num_top_classes=2, label="Sentiment"),
    title="Review sentiment",
    description="DistilBERT fine-tuned on 40k Amazon product reviews.",
    examples=[
        ["Battery died after two days and support never answered."],
        ["Exactly as described, arrived early, works perfectly."],
    ],
)

if __name__ == "__main__":
    demo.launch()
