// PaylinkTUI
