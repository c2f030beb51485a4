"""The Streamlit app: pages that collect input, call the service layer and draw the answers."""
