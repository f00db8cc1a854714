import { Component } from '@angular/core';

@Component({
  selector: 'regie-web-feature-admin',
  imports: [],
  templateUrl: './web-feature-admin.html',
  styleUrl: './web-feature-admin.css'
})
export class WebFeatureAdmin {}
