print("never")
config = {
    "name": "x",
    "size"
}
