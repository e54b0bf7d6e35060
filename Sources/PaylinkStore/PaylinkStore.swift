// PaylinkStore
