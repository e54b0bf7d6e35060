// PaylinkCore
